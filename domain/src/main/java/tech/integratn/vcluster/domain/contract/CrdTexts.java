package tech.integratn.vcluster.domain.contract;

import tech.integratn.vcluster.domain.tree.StringMap;

/**
 * The texts of a request CRD that its field table does not carry.
 *
 * @param root the description of the whole object
 * @param status the description of {@code status}
 * @param sections descriptions of the objects the field table only implies through dotted paths
 *     ({@code spec}, {@code spec.source}, ...)
 */
public record CrdTexts(String root, String status, StringMap sections) {}
