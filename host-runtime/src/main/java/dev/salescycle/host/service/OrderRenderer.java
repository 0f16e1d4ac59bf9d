package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.Attributed;
import dev.salescycle.sdk.model.PageBlock;
import java.util.List;

/** Renders what the store keeps of an order as the HTTP layer answers it, so a repeat answers the same bytes. */
public interface OrderRenderer {

    /** The body of the 201 answer to a placed order. */
    String answer(PlacedOrder placed);

    /** The thank-you blocks as kept with the order, each with its attribution reference. */
    String blocks(List<Attributed<PageBlock>> blocks, List<String> refs);
}
