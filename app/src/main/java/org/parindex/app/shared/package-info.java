/** What every module shares: the one way to answer 404. */
package org.parindex.app.shared;
