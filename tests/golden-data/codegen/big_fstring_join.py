s = f"a{v0}a{v1}a{v2}a{v3}a{v4}a{v5}a{v6}a{v7}a{v8}a{v9}a{v10}a{v11}a{v12}a{v13}a{v14}a{v15}a{v16}a{v17}a{v18}a{v19}"
