package example.mentoring.log;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.helpers.MarkerIgnoringBase;

/**
 * Where the AWS SDK's SLF4J logging goes: its warnings and errors become this project's JSON lines
 * ({@code sdk.warn}, {@code sdk.error}); anything below WARN is dropped. A line carries the logger's
 * name, the message pattern and the exception's class, never the pattern's arguments or the
 * exception's message: those can quote a request (keys, addresses, bodies).
 */
public final class SdkLog extends MarkerIgnoringBase {

    private static final long serialVersionUID = 1L;

    public SdkLog(String name) {
        this.name = name;
    }

    private void write(boolean error, String pattern, Throwable thrown) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("logger", name);
        fields.put("pattern", pattern == null ? "" : pattern);
        if (thrown != null) {
            fields.put("exception", thrown.getClass().getName());
        }
        if (error) {
            Log.error("sdk.error", fields);
        } else {
            Log.warn("sdk.warn", fields);
        }
    }

    private static Throwable lastThrowable(Object... arguments) {
        return arguments != null && arguments.length > 0 && arguments[arguments.length - 1] instanceof Throwable t ? t : null;
    }

    @Override public boolean isTraceEnabled() { return false; }
    @Override public void trace(String msg) { }
    @Override public void trace(String format, Object arg) { }
    @Override public void trace(String format, Object arg1, Object arg2) { }
    @Override public void trace(String format, Object... arguments) { }
    @Override public void trace(String msg, Throwable t) { }

    @Override public boolean isDebugEnabled() { return false; }
    @Override public void debug(String msg) { }
    @Override public void debug(String format, Object arg) { }
    @Override public void debug(String format, Object arg1, Object arg2) { }
    @Override public void debug(String format, Object... arguments) { }
    @Override public void debug(String msg, Throwable t) { }

    @Override public boolean isInfoEnabled() { return false; }
    @Override public void info(String msg) { }
    @Override public void info(String format, Object arg) { }
    @Override public void info(String format, Object arg1, Object arg2) { }
    @Override public void info(String format, Object... arguments) { }
    @Override public void info(String msg, Throwable t) { }

    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(String msg) { write(false, msg, null); }
    @Override public void warn(String format, Object arg) { write(false, format, lastThrowable(arg)); }
    @Override public void warn(String format, Object arg1, Object arg2) { write(false, format, lastThrowable(arg1, arg2)); }
    @Override public void warn(String format, Object... arguments) { write(false, format, lastThrowable(arguments)); }
    @Override public void warn(String msg, Throwable t) { write(false, msg, t); }

    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(String msg) { write(true, msg, null); }
    @Override public void error(String format, Object arg) { write(true, format, lastThrowable(arg)); }
    @Override public void error(String format, Object arg1, Object arg2) { write(true, format, lastThrowable(arg1, arg2)); }
    @Override public void error(String format, Object... arguments) { write(true, format, lastThrowable(arguments)); }
    @Override public void error(String msg, Throwable t) { write(true, msg, t); }
}
