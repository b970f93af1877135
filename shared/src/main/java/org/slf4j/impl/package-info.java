/** The SLF4J 1.7 binding: the AWS SDK's warnings and errors, as JSON log lines (see {@code log.SdkLog}). */
package org.slf4j.impl;
