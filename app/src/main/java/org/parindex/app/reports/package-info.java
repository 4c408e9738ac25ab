/**
 * Documents for download: a period's ranking and appendix, a unit's report and detail, framework workbooks (template,
 * export, import with preview). Laid out by the {@code documents} module over core's results; this module only checks
 * access and serves them.
 */
package org.parindex.app.reports;
