package tech.integratn.vcluster.application.fakes;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import tech.integratn.vcluster.application.port.out.RequestRepository;

/** A repository of requests held in memory, entries as given. */
public final class InMemoryRequestRepository implements RequestRepository {

  private final Seq<Entry> entries;

  public InMemoryRequestRepository(Entry... entries) {
    this.entries = Vector.of(entries);
  }

  @Override
  public Either<String, Seq<Entry>> requests() {
    return Either.right(entries);
  }

  @Override
  public String describe() {
    return "memory";
  }
}
