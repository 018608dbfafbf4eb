-- A specialist record that ends a certification: written when the certificate that made the
-- specialist is revoked. The newest record still decides; an ending one means "no longer certified".
ALTER TABLE specialist_record ADD COLUMN certification_ended BOOLEAN NOT NULL DEFAULT FALSE;
