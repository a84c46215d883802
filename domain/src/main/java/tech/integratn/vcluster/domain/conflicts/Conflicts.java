package tech.integratn.vcluster.domain.conflicts;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tech.integratn.vcluster.domain.network.AddressError;
import tech.integratn.vcluster.domain.network.IpAddress;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Finds what no single request can show (spec 12.1): two requests that render the same object
 * (same kind, namespace and name), expose the same hostname (compared without letter case or a
 * final dot), ask for the same VIP (compared as addresses: {@code fd00::1} is {@code fd00:0::1}),
 * or put two vclusters in one target namespace.
 *
 * <p>Requests are taken in path order; a request that collides with several earlier ones is
 * reported once per collision, against the first request that holds the object or value, so a
 * value shared by n requests gives n - 1 conflicts, not n(n-1)/2. Identical renders of a shared
 * request namespace (spec 7.1: a {@code Namespace} carrying
 * {@code argocd.argoproj.io/sync-options: Prune=false}, rendered the same by both) are not a
 * conflict; two vclusters in that namespace still are. The result is sorted: by the two files,
 * then the kind of conflict (object, hostname, VIP, target namespace), then what collides.
 */
public final class Conflicts {

  private Conflicts() {}

  /** Every conflict among {@code requests}, sorted. */
  public static Seq<Conflict> find(Seq<RepositoryRequest> requests) {
    List<RepositoryRequest> ordered = new ArrayList<>(requests.asJava());
    ordered.sort(Comparator.comparing(RepositoryRequest::file));
    List<Conflict> conflicts = new ArrayList<>();
    Map<String, Holder<RenderedObject>> objects = new HashMap<>();
    Map<String, Holder<Claim>> hostnames = new HashMap<>();
    Map<String, Holder<Claim>> vips = new HashMap<>();
    Map<String, Holder<Claim>> namespaces = new HashMap<>();
    for (RepositoryRequest request : ordered) {
      Set<String> own = new HashSet<>();
      for (RenderedObject object : request.objects()) {
        String key = object.kind() + '\u0000' + object.namespace() + '\u0000' + object.name();
        if (!own.add(key)) {
          continue;
        }
        Holder<RenderedObject> earlier = objects.get(key);
        if (earlier == null) {
          objects.put(key, new Holder<>(request.file(), object));
        } else if (!sharedNamespace(earlier.value, object)) {
          conflicts.add(new Conflict.SameObject(earlier.file, request.file(), object.kind(), object.namespace(),
              object.name(), earlier.value.origin(), object.origin()));
        }
      }
      conflicts.addAll(claimed(hostnames, request, request.hostnames(), Conflicts::hostname, Conflict.SameHostname::new));
      conflicts.addAll(claimed(vips, request, request.vips(), Conflicts::address, Conflict.SameVip::new));
      conflicts.addAll(claimed(namespaces, request, request.targetNamespace().toList(), Claim::value,
          Conflict.SameTargetNamespace::new));
    }
    conflicts.sort(ORDER);
    return Vector.ofAll(conflicts);
  }

  /** Who holds a value first. */
  private static final class Holder<T> {
    final RequestFile file;
    final T value;

    Holder(RequestFile file, T value) {
      this.file = file;
      this.value = value;
    }
  }

  /** A conflict over one claimed value: the two files, the value, the two origins. */
  private interface ClaimConflict {
    Conflict of(RequestFile first, RequestFile second, String value, Origin firstOrigin, Origin secondOrigin);
  }

  /**
   * The conflicts of {@code request}'s {@code claims} with the requests before it in {@code held}
   * (which records the claims no earlier request holds), each value compared as {@code key} gives it;
   * a request claiming one value twice is no conflict.
   */
  private static List<Conflict> claimed(Map<String, Holder<Claim>> held, RepositoryRequest request, Seq<Claim> claims,
      Function<Claim, String> key, ClaimConflict conflict) {
    List<Conflict> found = new ArrayList<>();
    Set<String> own = new HashSet<>();
    for (Claim claim : claims) {
      String k = key.apply(claim);
      if (!own.add(k)) {
        continue;
      }
      Holder<Claim> earlier = held.get(k);
      if (earlier == null) {
        held.put(k, new Holder<>(request.file(), claim));
      } else {
        found.add(conflict.of(earlier.file, request.file(), claim.value(), earlier.value.origin(), claim.origin()));
      }
    }
    return found;
  }

  /** A hostname as DNS compares it: without letter case or a final dot. */
  static String hostname(Claim claim) {
    String host = claim.value().toLowerCase(java.util.Locale.ROOT);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  /** A VIP as an address ({@code fd00::1} is {@code fd00:0::1}); as written when it is not one. */
  static String address(Claim claim) {
    Either<AddressError, IpAddress> parsed = IpAddress.parse(claim.value());
    return parsed.isRight() ? parsed.get().toString() : claim.value();
  }

  /** Spec 7.1: a shared request namespace, rendered the same by both requests. */
  static boolean sharedNamespace(RenderedObject first, RenderedObject second) {
    if (!first.kind().equals("Namespace") || first.body().isEmpty() || second.body().isEmpty()
        || !first.body().get().equals(second.body().get())) {
      return false;
    }
    Option<Node> syncOptions = Paths.at(first.body().get(), "metadata", "annotations", "argocd.argoproj.io/sync-options");
    return syncOptions.isDefined() && syncOptions.get() instanceof Node.Text t && t.value().contains("Prune=false");
  }

  private static int rank(Conflict c) {
    return c instanceof Conflict.SameObject ? 0 : c instanceof Conflict.SameHostname ? 1 : c instanceof Conflict.SameVip ? 2 : 3;
  }

  private static String what(Conflict c) {
    if (c instanceof Conflict.SameObject o) {
      return o.kind() + '\u0000' + o.namespace() + '\u0000' + o.name();
    }
    if (c instanceof Conflict.SameHostname h) {
      return h.hostname();
    }
    if (c instanceof Conflict.SameVip v) {
      return v.vip();
    }
    return ((Conflict.SameTargetNamespace) c).namespace();
  }

  private static final Comparator<Conflict> ORDER = new Comparator<Conflict>() {
    @Override
    public int compare(Conflict a, Conflict b) {
      int c = a.first().compareTo(b.first());
      if (c == 0) {
        c = a.second().compareTo(b.second());
      }
      if (c == 0) {
        c = Integer.compare(rank(a), rank(b));
      }
      return c != 0 ? c : what(a).compareTo(what(b));
    }
  };
}
