/**
 * What the four promises' request contracts share: field tables and their rules, the problems and
 * warnings a request can have and their one text form, Argo CD's sync-policy shape.
 */
@NullMarked
package tech.integratn.vcluster.domain.contract;

import org.jspecify.annotations.NullMarked;
