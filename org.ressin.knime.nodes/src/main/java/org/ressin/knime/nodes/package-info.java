/**
 * KNIME nodes of Res-SIN: thin adapters over {@code org.ressin.core}; one sub-package per node.
 */
package org.ressin.knime.nodes;
