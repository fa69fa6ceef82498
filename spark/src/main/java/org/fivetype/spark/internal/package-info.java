/**
 * Internal to {@code org.fivetype.spark}: types Spark's encoders need to be public. Not an API;
 * may change without notice.
 */
@NullMarked
package org.fivetype.spark.internal;

import org.jspecify.annotations.NullMarked;
