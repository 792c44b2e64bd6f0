package nl.kcc.klantinteracties.diagnostics;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Wraps a data source so that every statement executed through it is recorded with its SQL and arguments in the
 * current request's {@link StatementRecorder}.
 */
final class RecordingDataSource {

    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private RecordingDataSource() {}

    static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return switch (result) {
                case null -> null;
                case CallableStatement call -> statement(CallableStatement.class, call, sql);
                case PreparedStatement prepared -> statement(PreparedStatement.class, prepared, sql);
                case Statement statement -> statement(Statement.class, statement, null);
                default -> result;
            };
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S target, @Nullable String preparedSql) {
        var arguments = new ArrayList<Object>();
        return proxy(type, target, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                while (arguments.size() < index) {
                    arguments.add(null);
                }
                // setNull's second argument is the SQL type, not a value; an array is read now, as its owner frees
                // it after the execution.
                arguments.set(
                        index - 1,
                        name.equals("setNull")
                                ? null
                                : args[1] instanceof Array array ? StatementRecorder.ArrayValue.of(array) : args[1]);
            } else if (name.equals("clearParameters")) {
                arguments.clear();
            } else if (EXECUTIONS.contains(name)) {
                String sql =
                        preparedSql != null ? preparedSql : args != null && args.length > 0 ? (String) args[0] : "";
                StatementRecorder.record(sql, arguments);
            }
            return invoke(target, method, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(
                RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    if (method.getName().equals("unwrap")
                            && args != null
                            && args[0] instanceof Class<?> wanted
                            && wanted.isInstance(target)) {
                        return target;
                    }
                    return handler.invoke(proxy, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
