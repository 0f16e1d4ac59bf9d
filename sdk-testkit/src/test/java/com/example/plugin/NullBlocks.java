package com.example.plugin;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.ThankYouPage;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.PageBlock;
import java.util.List;

/** Answers null instead of a list. */
public class NullBlocks implements ThankYouPage {

    @Override
    public List<PageBlock> blocks(Order order, Customer customer, PluginContext context) {
        return null;
    }
}
