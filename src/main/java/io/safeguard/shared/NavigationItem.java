package io.safeguard.shared;

/**
 * An entry of an organization's side navigation, contributed by the module that owns the page: a module declares
 * it as a bean, and the page layout lists the entries the caller's role may see, by {@code order}.
 *
 * @param label what the link says
 * @param path the page under the organization, e.g. {@code "/inventory"} for {@code /t/{tenantId}/inventory}
 * @param order position in the menu (the dashboard is 0; modules use steps of 10)
 * @param requires the permission the caller needs to see the entry
 */
public record NavigationItem(String label, String path, int order, Permission requires) {}
