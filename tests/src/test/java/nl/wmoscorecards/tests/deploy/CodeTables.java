package nl.wmoscorecards.tests.deploy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.store.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The tables as the code creates them: {@link Tables#createIfMissing} (key schemas and indexes from
 * declared beside the item classes) run against a client that only records its CreateTable
 * requests. Each table is named after the environment variable that names it in Lambda.
 */
final class CodeTables {
    private CodeTables() {
    }

    /** Environment variable name (ALLOCATIONS_TABLE, ...) to the CreateTable request the code makes. */
    static Map<String, CreateTableRequest> byVariable() {
        Map<String, CreateTableRequest> created = new LinkedHashMap<>();
        InvocationHandler recorder = (proxy, method, args) -> switch (method.getName()) {
            case "listTables" -> ListTablesResponse.builder().build();
            case "createTable" -> {
                CreateTableRequest request = (CreateTableRequest) args[0];
                created.put(request.tableName(), request);
                yield CreateTableResponse.builder().build();
            }
            case "describeTable" -> {
                // Tables.createIfMissing asks whether a table exists with DescribeTable: none does until created.
                String name = ((DescribeTableRequest) args[0]).tableName();
                if (!created.containsKey(name)) {
                    throw ResourceNotFoundException.builder().message("no table " + name).build();
                }
                yield DescribeTableResponse.builder().table(t -> t.tableName(name).tableStatus(TableStatus.ACTIVE)).build();
            }
            case "waiter" -> Proxy.newProxyInstance(CodeTables.class.getClassLoader(),
                    new Class<?>[] {DynamoDbWaiter.class}, (w, m, a) -> null); // the table "exists" at once
            case "serviceName" -> "dynamodb";
            case "close" -> null;
            default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args)
                    : failUnexpected(method.getName());
        };
        DynamoDbClient client = (DynamoDbClient) Proxy.newProxyInstance(CodeTables.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, recorder);
        Tables.createIfMissing(client, TableNames.from(new VariableNames()));
        return created;
    }

    private static Object failUnexpected(String method) {
        throw new UnsupportedOperationException("CodeTables does not answer " + method);
    }

    /** An environment in which every variable's value is its own name. */
    private static final class VariableNames extends AbstractMap<String, String> {
        @Override
        public String getOrDefault(Object key, String defaultValue) {
            return (String) key;
        }

        @Override
        public String get(Object key) {
            return (String) key;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }
    }
}
