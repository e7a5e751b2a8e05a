{{%AUTOESCAPE context="HTML"}}
{{! One agency: edit form, departments, add-department form.
    ID NAME SHORT_NAME USCC; PARENT_OPTIONS; CAN_MOVE; ERR_*; DEPARTMENTS (DEPT_ID DEPT_NAME DEPT_KIND);
    NO_DEPARTMENTS; DEPT_NAME_INPUT; ERR_DEPT_NAME (MSG); CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/agencies">机构与处室</a> / <span aria-current="page">{{NAME}}</span></nav>
<header class="page-header"><h1>{{NAME}}</h1><div><a class="btn btn-secondary btn-small" href="/agencies/{{ID}}">查看公开页面</a></div></header>
<div class="grid grid-2">
<section class="card" aria-labelledby="agency-edit-title">
<h2 class="card-title" id="agency-edit-title">机构信息</h2>
<form class="form" method="post" action="/console/agencies/{{ID}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}">
<label for="ag-name">机构名称</label>
{{#ERR_NAME}}<p class="field-error" id="ag-name-err">{{MSG}}</p>{{/ERR_NAME}}
<input id="ag-name" name="name" type="text" value="{{NAME}}" required{{#ERR_NAME}} aria-describedby="ag-name-err" aria-invalid="true"{{/ERR_NAME}}>
</div>
<div class="field{{#ERR_SHORT_NAME}} has-error{{/ERR_SHORT_NAME}}">
<label for="ag-short">简称</label>
{{#ERR_SHORT_NAME}}<p class="field-error" id="ag-short-err">{{MSG}}</p>{{/ERR_SHORT_NAME}}
<input id="ag-short" name="short_name" type="text" value="{{SHORT_NAME}}"{{#ERR_SHORT_NAME}} aria-describedby="ag-short-err" aria-invalid="true"{{/ERR_SHORT_NAME}}>
</div>
<div class="field{{#ERR_USCC}} has-error{{/ERR_USCC}}">
<label for="ag-uscc">统一社会信用代码</label>
{{#ERR_USCC}}<p class="field-error" id="ag-uscc-err">{{MSG}}</p>{{/ERR_USCC}}
<input id="ag-uscc" name="uscc" type="text" value="{{USCC}}" maxlength="24" spellcheck="false" required{{#ERR_USCC}} aria-describedby="ag-uscc-err" aria-invalid="true"{{/ERR_USCC}}>
</div>
{{#CAN_MOVE}}
<div class="field{{#ERR_PARENT_ID}} has-error{{/ERR_PARENT_ID}}">
<label for="ag-parent">上级机构</label>
{{#ERR_PARENT_ID}}<p class="field-error" id="ag-parent-err">{{MSG}}</p>{{/ERR_PARENT_ID}}
<select id="ag-parent" name="parent_id"{{#ERR_PARENT_ID}} aria-describedby="ag-parent-err" aria-invalid="true"{{/ERR_PARENT_ID}}>
<option value="0">无（顶级机构）</option>
{{#PARENT_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PARENT_OPTIONS}}
</select>
</div>
{{/CAN_MOVE}}
<div class="form-actions"><button type="submit" class="btn btn-primary">保存机构信息</button></div>
</form>
</section>
<section class="card" aria-labelledby="dept-title">
<h2 class="card-title" id="dept-title">处室和直属单位</h2>
{{#NO_DEPARTMENTS}}<p class="empty-state">尚未添加处室或直属单位。</p>{{/NO_DEPARTMENTS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="处室和直属单位（表格）">
<table class="table">
<thead><tr><th scope="col">名称</th><th scope="col">类型</th><th scope="col"><span class="sr-only">操作</span></th></tr></thead>
<tbody>{{#DEPARTMENTS}}
<tr><td>{{DEPT_NAME}}</td><td>{{DEPT_KIND}}</td><td class="actions"><a class="btn btn-secondary btn-small" href="/console/departments/{{DEPT_ID}}">编辑<span class="sr-only">{{DEPT_NAME}}</span></a></td></tr>{{/DEPARTMENTS}}
</tbody>
</table>
</div>
<h3>新增处室或单位</h3>
<form class="form" method="post" action="/console/agencies/{{ID}}/departments" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_DEPT_NAME}} has-error{{/ERR_DEPT_NAME}}">
<label for="dept-name">名称</label>
{{#ERR_DEPT_NAME}}<p class="field-error" id="dept-name-err">{{MSG}}</p>{{/ERR_DEPT_NAME}}
<input id="dept-name" name="name" type="text" value="{{DEPT_NAME_INPUT}}" required{{#ERR_DEPT_NAME}} aria-describedby="dept-name-err" aria-invalid="true"{{/ERR_DEPT_NAME}}>
</div>
<div class="field">
<label for="dept-kind">类型</label>
<select id="dept-kind" name="kind"><option value="division">处室</option><option value="affiliate">直属单位</option></select>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">新增</button></div>
</form>
</section>
</div>
