package it.livedesk.support.facebook;

/**
 * The invented people and Pages of the shared fixtures (fixtures/README.md, "Invented identities"), registered in
 * the fake with their ids and tokens, so fixture bodies and live calls agree: Sophie Marchand administers the
 * three Pages, and each Page has its customer. Note that the fixture timestamps are of 12 Nov 2026: delivering a
 * fixture body opens no reply window today; use {@link WebhookSender} events for that.
 */
public record FixtureIdentities(FakeUser admin, FakePage bakery, FakePage bikeShop, FakePage bookStore,
        FakeCustomer camille, FakeCustomer juergen, FakeCustomer lucia) {

    public static final String ADMIN_ID = "10228374659102837";
    public static final String SHORT_LIVED_USER_TOKEN = "EAAOqZBsm1x0IBOMel9GSbQILUPmHIjfnusFBZPiRVwZ9p8h90AnccwI4OmUgw"
            + "Cze9FEwU5h7623BfULJ4YlkSdHe0y6EaR1ysbpEfrcv4qaRh36bwGnnH0fWrDXti2zMwNRIPW0uizaxMg4Yj6zYfkFi1aBYVc8O3iRKbpaz"
            + "BqCF3US1z4gMx76S";
    public static final String LONG_LIVED_USER_TOKEN = "EAAOqZBsm1x0IBOJ1n1HEzpFyCNQXQOUNo24HhQrRJsbdNftrmGnvJejDiS59AI"
            + "Iqlx0jDk0sTSxpNkDhj75SGWXL94tSCamdyiRta6Vkkj6RcqpH4a19cywl8iab2nxCK6wQX270dT3uv1wluBAHr95sScLIDPbncwRS77PHEvW"
            + "TmSYeqMAGVTwC";
    public static final String BAKERY_TOKEN = "EAAOqZBsm1x0IBPHWvT7s5IOpSNdpT9SRMC06VksUFoObYqJ4OsgSlMbVU9GRZEfgge6lGx"
            + "y5VgFflhMxtdoHiKf4YtQatavhUms4lC8WMAGAAe8liFNmYSYMrcdwkgN9V7f9lFA1u06tdBicHiAK8RGklkrFWWrLJmEpLESM2IRtUPFth7Fz"
            + "K8WR";
    public static final String BIKE_SHOP_TOKEN = "EAAOqZBsm1x0IBPTUD3NYy5sC7k1Hxr5E67Ofr6NZwQ55HpghBB0HImFfbh7okfsTLL"
            + "zDxWcwYLDFzPvs7v28bGmwLdhLlozpIav0uiKpO13iWd19stRk6Xw8tfQoMX0HBpoyKunyicKBJJjSv4dQwijtTc6DapN3k0MTLeKHkzBj74S9"
            + "Phq82iwt";
    public static final String BOOK_STORE_TOKEN = "EAAOqZBsm1x0IBPdB7h5uBTbf9a7RUY9XQygtnkhaRxkMTVPfZGqv93ub2gU6atFNd"
            + "RHiMAuLECTwQVBOYYZ73WHqvjjKjhNbenX3RjEKWoL6r1qwUud9WAWrzrWDgqyBDFK6k3xnkfEbND2ImBT5YpGdBaDbx6MxIzZ2ehOpO0Dx61G"
            + "mdbLHB0n0";

    /** Registers the identities in the fake's current world (again after each reset), or finds them there. */
    static FixtureIdentities register(FakeFacebook fake, FacebookWorld world) {
        FakeUser admin = world.user(ADMIN_ID).orElseGet(() -> world.addUser(ADMIN_ID, "Sophie Marchand"));
        FakePage bakery = page(world, admin, "104857362918475", "Boulangerie \u00c9toile", "Bakery", "197871390225897",
                BAKERY_TOKEN);
        FakePage bikeShop = page(world, admin, "231904857620193", "Atelier V\u00e9lo Lyon", "Bicycle Shop", "2207",
                BIKE_SHOP_TOKEN);
        FakePage bookStore = page(world, admin, "398402175566012", "Librer\u00eda Sol", "Book Store", "197048876974495",
                BOOK_STORE_TOKEN);
        FakeCustomer camille = customer(world, "7291846502736451", bakery, "Camille", "Lef\u00e8vre", "fr_FR", "female");
        FakeCustomer juergen = customer(world, "8460219375820193", bikeShop, "J\u00fcrgen", "Wei\u00df", "de_DE", "male");
        FakeCustomer lucia = customer(world, "6102938475610293", bookStore, "Luc\u00eda", "Mart\u00edn", "es_ES", "female");
        world.preferUserToken(admin, TokenKind.SHORT_LIVED_USER, SHORT_LIVED_USER_TOKEN);
        world.preferUserToken(admin, TokenKind.LONG_LIVED_USER, LONG_LIVED_USER_TOKEN);
        return new FixtureIdentities(admin, bakery, bikeShop, bookStore, camille, juergen, lucia);
    }

    private static FakePage page(FacebookWorld world, FakeUser admin, String id, String name, String category,
            String categoryId, String token) {
        return world.page(id).orElseGet(() -> world.addPage(new FakePage(id, name, category, categoryId, admin,
                FakePage.ALL_TASKS), token));
    }

    private static FakeCustomer customer(FacebookWorld world, String psid, FakePage page, String firstName,
            String lastName, String locale, String gender) {
        return world.customer(psid).orElseGet(() -> world.addCustomer(new FakeCustomer(psid, page, firstName, lastName,
                locale, 1, gender)));
    }
}
