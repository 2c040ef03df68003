package dev.example.orders;

import org.junit.jupiter.api.Test;

class OrdersApplicationTest {
    @Test
    void starts() {
        OrdersApplication.main(new String[0]);
    }
}
