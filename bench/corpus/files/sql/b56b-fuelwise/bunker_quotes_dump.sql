-- pg_dump excerpt: bunker quotes received from suppliers via the broker desk, week 22/2024
-- Exported for the pricing model backtest. No personal data; supplier contacts removed.
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.bunker_quote (
    id bigint NOT NULL,
    received_at timestamptz NOT NULL,
    port_unlocode char(5) NOT NULL,
    supplier text NOT NULL,
    grade text NOT NULL,
    quantity_mt numeric(10,2) NOT NULL,
    price_usd_mt numeric(10,2) NOT NULL,
    delivery_window daterange,
    vessel_imo char(7),
    quote_ref text,
    source_email_sha256 char(64)
);

COPY public.bunker_quote (id, received_at, port_unlocode, supplier, grade, quantity_mt, price_usd_mt, delivery_window, vessel_imo, quote_ref, source_email_sha256) FROM stdin;
88101	2024-05-27 07:14:02+00	SGSIN	Straits Marine Fuels	VLSFO	650.00	628.50	[2024-06-03,2024-06-06)	⟦b56b_imo_number:q1⟧	SMF-Q-240527-11	⟦sha256:q1⟧
88102	2024-05-27 07:41:55+00	SGSIN	Lion City Bunkering	VLSFO	650.00	626.00	[2024-06-03,2024-06-06)	⟦b56b_imo_number:q1⟧	LCB/24/05/3381	⟦sha256:q2⟧
88103	2024-05-27 09:02:13+00	NLRTM	Maas Fuel Services	VLSFO	900.00	594.00	[2024-06-10,2024-06-12)	⟦b56b_imo_number:q2⟧	MFS-77120	⟦sha256:q3⟧
88104	2024-05-27 09:30:40+00	NLRTM	Maas Fuel Services	MGO	120.00	812.00	[2024-06-10,2024-06-12)	⟦b56b_imo_number:q2⟧	MFS-77121	⟦sha256:q4⟧
88105	2024-05-28 11:18:07+00	AEFJR	Gulf Horizon Marine	HSFO	1200.00	448.50	[2024-06-14,2024-06-17)	⟦b56b_imo_number:q3⟧	GHM-FJR-2405-092	⟦sha256:q5⟧
88106	2024-05-28 12:01:33+00	GIGIB	Rock Bunkers	VLSFO	500.00	641.00	[2024-06-08,2024-06-09)	⟦b56b_imo_number:q4⟧	RB-24-1187	⟦sha256:q6⟧
88107	2024-05-29 06:44:21+00	USHOU	Bayou Marine Energy	VLSFO	800.00	612.25	[2024-06-20,2024-06-23)	⟦b56b_imo_number:q5⟧	BME-HOU-5521	⟦sha256:q7⟧
\.

ALTER TABLE ONLY public.bunker_quote ADD CONSTRAINT bunker_quote_pkey PRIMARY KEY (id);
CREATE INDEX bunker_quote_port_grade_idx ON public.bunker_quote (port_unlocode, grade, received_at);
