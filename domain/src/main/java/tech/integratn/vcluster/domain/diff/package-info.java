/** Manifest diff (spec 12.2): objects identified by apiVersion, kind, namespace and name, compared as data; added, removed and changed, each change a path with old and new value, and their one text and JSON form. */
@NullMarked
package tech.integratn.vcluster.domain.diff;

import org.jspecify.annotations.NullMarked;
