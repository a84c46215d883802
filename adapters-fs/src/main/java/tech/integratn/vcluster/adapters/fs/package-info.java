/** File adapters: the request file, the output directory, the status and workflow-control files, profiles. */
@NullMarked
package tech.integratn.vcluster.adapters.fs;

import org.jspecify.annotations.NullMarked;
