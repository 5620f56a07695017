/** Argument checks shared by the value types of every domain package. */
package org.gridgov.core.common;
