package nl.wmoscorecards.tests.deploy;

import java.util.Map;
import java.util.Set;

/** Least privilege, written down once: the template must grant it (TemplateMatchesCodeTest), the code must need no more (GrantsCoverCallsTest). */
final class AccessContract {
    private AccessContract() {
    }

    /**
     * What each handler does to AWS resources, read from the stores it uses (DynamoDB Enhanced Client calls
     * map to these actions: putItem PutItem, getItem GetItem, query Query, batchGetItem BatchGetItem,
     * BatchWriter BatchWriteItem). The template must grant exactly this: a store that starts calling
     * something new changes this contract and the template together.
     */
    static final Map<String, Map<String, Set<String>>> ACCESS = Map.ofEntries(
            Map.entry("ApiUploadsHandler", Map.of(
                    "UploadsTable", Set.of("dynamodb:PutItem", "dynamodb:GetItem"),
                    "UploadsTable/index/provider-createdAt", Set.of("dynamodb:Query"), // GET /uploads
                    "IncomingBucket/incoming/*", Set.of("s3:PutObject"))), // the pre-signed PUT is signed with the role
            Map.entry("ApiReportDutiesHandler", Map.of( // GET /report-duties: duty holders from the results, deliveries from the uploads
                    "KpiResultsTable", Set.of("dynamodb:Query"),
                    "UploadsTable/index/provider-createdAt", Set.of("dynamodb:Query"),
                    "ReportRowsTable", Set.of("dynamodb:Query"))),
            Map.entry("S3ReportIngestHandler", Map.of(
                    "UploadsTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                    "UploadsTable/index/provider-createdAt", Set.of("dynamodb:Query"),
                    "ReportRowsTable", Set.of("dynamodb:BatchWriteItem", "dynamodb:Query"),
                    "SurveyResponsesTable", Set.of("dynamodb:BatchWriteItem"),
                    "IncomingBucket/incoming/*", Set.of("s3:GetObject"),
                    "IncomingBucket/reports/*", Set.of("s3:PutObject"))),
            Map.entry("S3AllocationIngestHandler", Map.of(
                    // Query: a 305/307 is checked against its allocation's stored 301.
                    "AllocationsTable", Set.of("dynamodb:BatchWriteItem", "dynamodb:Query"),
                    "ExportsBucket/*", Set.of("s3:GetObject"),
                    "PseudonymKeySecret", Set.of("secretsmanager:GetSecretValue"))),
            Map.entry("KpiRunPlanHandler", Map.of()), // reads only the configuration in the jar
            Map.entry("KpiRegionRunHandler", Map.of(
                    "AllocationsTable", Set.of("dynamodb:Query"),
                    "SurveyResponsesTable", Set.of("dynamodb:Query"),
                    "UploadsTable/index/provider-createdAt", Set.of("dynamodb:Query"),
                    "ReportRowsTable", Set.of("dynamodb:Query"),
                    "KpiResultsTable", Set.of("dynamodb:BatchWriteItem", "dynamodb:Query"))),
            Map.entry("KpiRunFinishHandler", Map.of(
                    "KpiResultsTable", Set.of("dynamodb:Query", "dynamodb:BatchWriteItem"),
                    "KpiRunsTable", Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                    "UploadsTable/index/provider-createdAt", Set.of("dynamodb:Query"),
                    "ReportRowsTable", Set.of("dynamodb:Query"),
                    "EscalationsTable", Set.of("dynamodb:BatchGetItem", "dynamodb:PutItem"))),
            Map.entry("ScheduledDeadlineCheckHandler", Map.of(
                    "KpiResultsTable", Set.of("dynamodb:Query"),
                    "UploadsTable/index/provider-createdAt", Set.of("dynamodb:Query"),
                    "ReportRowsTable", Set.of("dynamodb:Query"),
                    "EscalationsTable", Set.of("dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:PutItem"))),
            Map.entry("SitePublishHandler", Map.of(
                    "KpiResultsTable", Set.of("dynamodb:Query"),
                    "KpiRunsTable", Set.of("dynamodb:Scan"),
                    "SiteBucket", Set.of("s3:ListBucket"),
                    "SiteBucket/*", Set.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"))),
            Map.entry("InternalSitePublishHandler", Map.of(
                    "KpiResultsTable", Set.of("dynamodb:Query"),
                    "KpiRunsTable", Set.of("dynamodb:Scan"),
                    "EscalationsTable", Set.of("dynamodb:Scan"),
                    "UploadsTable/index/provider-createdAt", Set.of("dynamodb:Query"),
                    "ReportRowsTable", Set.of("dynamodb:Query"),
                    "ContractManagementTable", Set.of("dynamodb:Query"),
                    "InternalSiteBucket", Set.of("s3:ListBucket"),
                    "InternalSiteBucket/*", Set.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"))),
            // Contract managers in the browser (issue 18 items 3-4): a ladder step, then the region's escalation
            // pages rendered again (what internal-site-publish reads) and written back; pages are only read.
            Map.entry("ContractManagerSiteHandler", Map.of(
                    "EscalationsTable", Set.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:PutItem"),
                    "KpiResultsTable", Set.of("dynamodb:Query"),
                    "KpiRunsTable", Set.of("dynamodb:Scan"),
                    "UploadsTable/index/provider-createdAt", Set.of("dynamodb:Query"),
                    "ReportRowsTable", Set.of("dynamodb:Query"),
                    "ContractManagementTable", Set.of("dynamodb:Query"),
                    "InternalSiteBucket", Set.of("s3:ListBucket"),
                    "InternalSiteBucket/*", Set.of("s3:GetObject", "s3:PutObject"))),
            // The browser sign-in only talks to the user pool's hosted UI and token endpoint (HTTPS, no IAM).
            Map.entry("ContractManagerSignInHandler", Map.of()));
}
