/** Immutable models of the objects the pipeline renders, each able to give its document tree. */
@NullMarked
package tech.integratn.vcluster.domain.resource;

import org.jspecify.annotations.NullMarked;
