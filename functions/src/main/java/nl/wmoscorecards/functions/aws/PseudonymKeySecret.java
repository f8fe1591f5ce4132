package nl.wmoscorecards.functions.aws;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The pseudonym key in AWS: template.yaml names a Secrets Manager secret in
 * {@value #VARIABLE}, read once at cold start. The key never sits in the function's configuration,
 * where anyone allowed to read that would see it. A plain {@link PseudonymKey#VARIABLE} still wins,
 * so the local runtime and tests work as before.
 */
public final class PseudonymKeySecret {
    public static final String VARIABLE = "SCORECARDS_PSEUDONYM_KEY_SECRET";

    private PseudonymKeySecret() {
    }

    public static byte[] resolve() {
        String plain = System.getenv(PseudonymKey.VARIABLE);
        if (plain != null && !plain.isBlank()) {
            return PseudonymKey.decode(plain);
        }
        String secretId = System.getenv(VARIABLE);
        if (secretId == null || secretId.isBlank()) {
            throw new IllegalStateException("neither " + PseudonymKey.VARIABLE + " nor " + VARIABLE + " is set");
        }
        try (SecretsManagerClient secrets = AwsClients.secretsManager()) {
            return PseudonymKey.decode(secrets.getSecretValue(r -> r.secretId(secretId)).secretString());
        }
    }
}
