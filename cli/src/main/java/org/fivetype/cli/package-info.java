/**
 * The {@code fivetype} command line (picocli): {@code assess}, {@code checklist},
 * {@code rules show|export|validate}, {@code explain}, {@code sensitivity}, {@code demo}. The only module that prints.
 */
@NullMarked
package org.fivetype.cli;

import org.jspecify.annotations.NullMarked;
