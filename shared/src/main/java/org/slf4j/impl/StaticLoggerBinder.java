package org.slf4j.impl;

import example.mentoring.log.SdkLog;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.spi.LoggerFactoryBinder;

/**
 * The SLF4J 1.7 binding (found by this class name) that sends the AWS SDK's logging to the JSON
 * log at WARN, through {@link SdkLog}. In place of slf4j-nop, which hid the SDK's warnings.
 */
public final class StaticLoggerBinder implements LoggerFactoryBinder {

    /** The SLF4J API version this binding is written against. */
    public static String REQUESTED_API_VERSION = "1.6.99";

    private static final StaticLoggerBinder SINGLETON = new StaticLoggerBinder();

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, SdkLog::new);

    private StaticLoggerBinder() {
    }

    public static StaticLoggerBinder getSingleton() {
        return SINGLETON;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public String getLoggerFactoryClassStr() {
        return SdkLog.class.getName();
    }
}
