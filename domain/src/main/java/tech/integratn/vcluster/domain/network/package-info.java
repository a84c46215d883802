/** Dual-stack IP address arithmetic: addresses, CIDR blocks, ranges, VIP selection and their errors. */
@NullMarked
package tech.integratn.vcluster.domain.network;

import org.jspecify.annotations.NullMarked;
