/**
 * Immutable models of the objects the pipelines render, each able to give its document tree; the
 * {@code ArgoCD*} ones are the sub-requests the orchestrator sends (each sub-promise reads its kind
 * with its own model).
 */
@NullMarked
package tech.integratn.vcluster.domain.resource;

import org.jspecify.annotations.NullMarked;
