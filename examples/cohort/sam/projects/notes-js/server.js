const express = require("express");
const app = express();
const notes = [];
app.get("/notes", (req, res) => res.json(notes));
app.listen(3000);
