/** Application services: the implementations of the use cases, written against the out-ports only. */
@NullMarked
package tech.integratn.vcluster.application.service;

import org.jspecify.annotations.NullMarked;
