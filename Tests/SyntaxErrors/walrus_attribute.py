# ':=' to an attribute
(a.b := 1)
