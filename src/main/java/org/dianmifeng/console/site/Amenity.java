package org.dianmifeng.console.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a site offers to the people who come in (an 驿站's drinking water, rest and phone charging, and more). Stored in
 * SITE.AMENITIES as the codes joined by commas, in the enum's order.
 */
public enum Amenity {
    WATER,
    REST,
    CHARGING,
    FIRST_AID,
    MICROWAVE,
    TOILET,
    WIFI,
    READING,
    UMBRELLA,
    CONSULTING;

    /** {@code WATER,REST}: the stored form, in the enum's order; null for none. */
    public static String codes(Collection<Amenity> amenities) {
        if (amenities == null || amenities.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(amenities).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The amenities of a stored text; a code this console does not know is left out. */
    public static Set<Amenity> parse(String codes) {
        Set<Amenity> out = EnumSet.noneOf(Amenity.class);
        if (codes == null) {
            return out;
        }
        for (String code : codes.split(",")) {
            for (Amenity a : values()) {
                if (a.name().equals(code.strip())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The amenities as a list in the enum's order, for a cell or an audit text. */
    public static List<Amenity> ordered(Collection<Amenity> amenities) {
        return amenities == null || amenities.isEmpty() ? List.of() : new ArrayList<>(EnumSet.copyOf(amenities));
    }
}
