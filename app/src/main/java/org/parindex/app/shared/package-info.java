/** What every module shares: the one way to answer 404, and reading a request body within a bound. */
package org.parindex.app.shared;
