package tech.integratn.vcluster.domain.conflicts;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What a rendered request claims that no other request of a repository may hold (spec 12.1): every
 * hostname and every VIP its final chart values ask for and its target namespace, each with the
 * request field it comes from. Only a vcluster claims any; {@link #NONE} for the other promises.
 */
public record RequestClaims(Seq<Claim> hostnames, Seq<Claim> vips, Option<Claim> targetNamespace) {

  /** No claim. */
  public static final RequestClaims NONE = new RequestClaims(List.empty(), List.empty(), Option.none());
}
