package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Refuses a response body larger than {@link #MAX_BYTES} while it arrives, and says that it did. */
final class BodyLimit implements Interceptor {

  /** 16 MiB (spec 10.3). */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private final long max;
  private final AtomicBoolean exceeded = new AtomicBoolean();

  BodyLimit(long max) {
    this.max = max;
  }

  /** Whether a body was refused since the last {@link #reset()}. */
  boolean exceeded() {
    return exceeded.get();
  }

  void reset() {
    exceeded.set(false);
  }

  @Override
  public AsyncBody.Consumer<List<ByteBuffer>> consumer(AsyncBody.Consumer<List<ByteBuffer>> consumer, HttpRequest request) {
    return new Counting(consumer);
  }

  /** Counts the bytes of one body. */
  private final class Counting implements AsyncBody.Consumer<List<ByteBuffer>> {
    private final AsyncBody.Consumer<List<ByteBuffer>> next;
    private long seen;

    Counting(AsyncBody.Consumer<List<ByteBuffer>> next) {
      this.next = next;
    }

    @Override
    public void consume(List<ByteBuffer> buffers, AsyncBody body) throws Exception {
      for (ByteBuffer buffer : buffers) {
        seen += buffer.remaining();
      }
      if (seen > max) {
        exceeded.set(true);
        body.cancel();
        throw new IOException("response body larger than " + max + " bytes");
      }
      next.consume(buffers, body);
    }

    @Override
    public <U> U unwrap(Class<U> target) {
      return next.unwrap(target);
    }
  }
}
