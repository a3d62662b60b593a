package org.perfgrade.reference;

import java.util.List;

/**
 * 县区: one of the units that submit lists and carry targets.
 *
 * @param order         position in 附件1, the order of every table
 * @param codeConfirmed whether the administrative code was checked against GB/T 2260
 * @param aliases       other spellings met in submissions
 */
public record County(String code, String name, int order, boolean codeConfirmed, List<String> aliases) {

    public County {
        aliases = List.copyOf(aliases);
    }
}
