package io.membership.contract;

import java.util.regex.Pattern;

/** Seat pool names. Every invited or active member holds a {@link #WORKSPACE} seat; add-ons are named by their product. */
public final class Products {
    public static final String WORKSPACE = "workspace";
    public static final String CONVERSATIONS = "conversations";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public static boolean isValidName(String product) {
        return product != null && NAME.matcher(product).matches();
    }

    private Products() {
    }
}
