package tech.integratn.vcluster.domain.diff;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.tree.Node;

/**
 * One difference inside an object: the value at {@code path} was {@code before} and is
 * {@code after}; a value added inside the object has no {@code before}, a value removed no
 * {@code after} (never both absent).
 */
public record ValueChange(ObjectPath path, Option<Node> before, Option<Node> after) {}
