/**
 * The score rows of every period, unit, item and stage, as the units and the council wrote them (or a bundle
 * brought them): written by the assessments and bundles modules, read by results to be scored by core.
 */
package org.parindex.app.scores;
