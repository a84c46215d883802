/** Tests of the rendered object models: each one's whole document, by literal. */
@NullMarked
package tech.integratn.vcluster.domain.resource;

import org.jspecify.annotations.NullMarked;
