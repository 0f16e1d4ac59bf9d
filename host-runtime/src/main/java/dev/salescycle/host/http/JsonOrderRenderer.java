package dev.salescycle.host.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.dispatch.Attributed;
import dev.salescycle.host.service.OrderRenderer;
import dev.salescycle.host.service.PlacedOrder;
import dev.salescycle.sdk.model.PageBlock;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON answer to {@code POST /orders}: the thank-you blocks and the scheduled retention messages. */
final class JsonOrderRenderer implements OrderRenderer {

    @Override
    public String answer(PlacedOrder placed) {
        ObjectNode out = Views.object();
        out.put("orderId", placed.order().orderId());
        out.putObject("thankYou").set("blocks", Views.blocks(placed.blocks(), placed.blockRefs()));
        ObjectNode retention = out.putObject("retention");
        retention.put("scheduled", placed.messages().size());
        ArrayNode messages = retention.putArray("messages");
        placed.messages().forEach(m -> messages.add(Views.message(m)));
        out.set("skipped", Views.skipped(placed.skipped()));
        return write(out);
    }

    @Override
    public String blocks(List<Attributed<PageBlock>> blocks, List<String> refs) {
        return write(Views.blocks(blocks, refs));
    }

    private static String write(Object node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
