/** What every module shares: the one way to answer 404, reading a request body within a bound, counting committed writes. */
package org.parindex.app.shared;
