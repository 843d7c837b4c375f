package dev.livesell.recommend.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.DataFormatException;
import dev.livesell.core.InteractionType;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.data.InteractionWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadersTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static void assertLine(DataFormatException e, Path file, long line) {
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ":"), e.getMessage());
    }

    @Test
    void sequencesKeepOrderAndRejectEmptyLine() throws IOException {
        Path ok = write("s.txt", "1 10 11 12\n2 11 13\n");
        InteractionMatrix m = SequencesReader.read(ok);
        assertEquals(2, m.numUsers());
        assertEquals(4, m.numItems());
        assertEquals("12", m.items().id(m.item(m.end(0) - 1)));
        Path bad = write("b.txt", "1 10 11\n2\n");
        assertLine(assertThrows(DataFormatException.class, () -> SequencesReader.read(bad)), bad, 2);
    }

    @Test
    void interactionsCsvReadsBehaviourAndWeightsAndRejectsBadTimestamp() throws IOException {
        Path ok = write("i.csv", "user,item,timestamp,behavior\nu1,a,100,pv\nu1,b,50,buy\nu2,a,70,cart\n");
        InteractionMatrix m = InteractionsCsvReader.read(ok, InteractionWeights.defaults());
        assertEquals(3, m.numEvents());
        assertEquals("b", m.items().id(m.item(m.start(0))), "events sorted by time within a user");
        assertEquals((float) InteractionType.PURCHASE.defaultWeight(), m.weight(m.start(0)));
        assertTrue(m.hasClock());
        Path bad = write("bad.csv", "u1,a,100\nu1,b,yesterday\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> InteractionsCsvReader.read(bad, InteractionWeights.defaults()));
        assertLine(e, bad, 2);
        assertEquals("timestamp", e.field());
    }

    @Test
    void taobaoRejectsUnknownBehaviour() throws IOException {
        Path ok = write("t.csv", "1,100,5,pv,1511544070\n1,101,5,fav,1511544071\n");
        assertEquals(2, TaobaoReader.read(ok, InteractionWeights.defaults()).numEvents());
        Path bad = write("tb.csv", "1,100,5,pv,1511544070\n1,101,5,stare,1511544071\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> TaobaoReader.read(bad, InteractionWeights.defaults()));
        assertLine(e, bad, 2);
        assertEquals("behavior", e.field());
    }

    @Test
    void sessionsIndexTestPrefixesAgainstTrainingItems() throws IOException {
        Path train = write("train.txt", "1 2 3\n2 4\n");
        Path test = write("test.txt", "1 2\t3\n9 4\t5\n");
        Dataset d = SessionsReader.read(train, test);
        assertEquals(2, d.interactions().numUsers());
        assertEquals(2, d.heldOut().size());
        assertEquals(d.interactions().items().indexOf("3"), d.heldOut().get(0).targets()[0]);
        assertEquals(-1, d.heldOut().get(1).targets()[0], "unknown target stays a miss");
        assertEquals(1, d.heldOut().get(1).history().size(), "unknown prefix item left out");
        Path bad = write("bad.txt", "1 2\t3\n1 2 3\n");
        assertLine(assertThrows(DataFormatException.class, () -> SessionsReader.read(train, bad)), bad, 2);
    }

    @Test
    void instacartOrdersFollowUserSequenceAndRejectUnknownOrder() throws IOException {
        write("orders_train.csv", "order_id,user_id,order_number,order_dow,order_hour_of_day,days_since_prior_order\n"
                + "11,7,2,1,10,5.0\n10,7,1,0,9,\n12,8,1,3,20,\n");
        write("transactions_train.csv", "order_id,product_id,add_to_cart_order,reordered\n10,a,1,0\n10,b,2,0\n11,a,1,1\n");
        write("products.csv", "product_id,product_name,aisle_id,department_id\na,\"Milk, whole\",1,1\nb,Eggs,1,1\n");
        InstacartData d = InstacartData.read(dir);
        assertEquals(3, d.orders().size());
        assertEquals("10", d.orders().get(0).orderId());
        assertEquals(5.0, d.orders().get(1).dayOffset());
        assertEquals("Milk, whole", d.productNames().get("a"));
        assertTrue(d.orders().get(1).products().get(0).reordered());
        InteractionMatrix m = d.toMatrix(InteractionWeights.defaults());
        assertEquals(2, m.numUsers(), "users without products are kept");
        assertEquals(3, m.numEvents());
        Path tx = write("transactions_train.csv", "order_id,product_id,add_to_cart_order,reordered\n10,a,1,0\n99,b,1,0\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> InstacartData.read(dir));
        assertLine(e, tx, 3);
        assertEquals("order_id", e.field());
    }

    @Test
    void jsonLinesGoThroughCoreReader() throws IOException {
        Path ok = write("i.jsonl", "{\"viewer\":\"v1\",\"product\":\"p1\",\"type\":\"cart\",\"at\":\"2026-01-01T00:00:00Z\"}\n");
        Dataset d = DataFormat.JSONL.load(ok, null, InteractionWeights.defaults());
        assertEquals(1, d.interactions().numEvents());
        assertEquals(InteractionType.CART.ordinal(), d.interactions().typeCode(0));
        Path bad = write("b.jsonl", "{\"viewer\":\"v1\",\"product\":\"p1\",\"type\":\"cart\",\"at\":\"2026-01-01T00:00:00Z\"}\n{\"viewer\":\"v1\"}\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> DataFormat.JSONL.load(bad, null, InteractionWeights.defaults()));
        assertEquals(2, e.line());
    }
}
