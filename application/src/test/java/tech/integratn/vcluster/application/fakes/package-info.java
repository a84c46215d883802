/** In-memory fakes of the out-ports, shared with the adapters' tests (no mocks). */
@NullMarked
package tech.integratn.vcluster.application.fakes;

import org.jspecify.annotations.NullMarked;
