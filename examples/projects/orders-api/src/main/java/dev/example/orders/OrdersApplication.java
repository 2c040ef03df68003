package dev.example.orders;

public class OrdersApplication {
    public static void main(String[] args) {
        System.out.println("orders");
    }
}
