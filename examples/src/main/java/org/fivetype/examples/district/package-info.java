/**
 * A district's own detailed rules (实施细则, O2), as the Tianshan District of the demo city would
 * write them: a plugin jar with an indicator of its own ({@link TianshanDistrictPlugin}), a JSON
 * rule file that extends the default rule set ({@code district/tianshan-2025.json} on the class
 * path), and a main class that runs the demo city under both ({@link DistrictExample}).
 */
@NullMarked
package org.fivetype.examples.district;

import org.jspecify.annotations.NullMarked;
