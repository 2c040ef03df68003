CREATE TABLE orders (id bigserial PRIMARY KEY, total_cents integer NOT NULL);
