/** JSON in with Jackson's streaming parser (no data binding), JSON out with its streaming generator (the diff's JSON form), and locating chart values schemas on disk. */
@NullMarked
package tech.integratn.vcluster.adapters.fs.json;

import org.jspecify.annotations.NullMarked;
