{{%AUTOESCAPE context="HTML"}}
{{! Agencies list and add form. AGENCIES (ID NAME SHORT_NAME USCC PARENT DEPARTMENTS); NO_AGENCIES;
    CAN_CREATE, CAN_CREATE_TOP, PARENT_OPTIONS (ID NAME SELECTED); NAME SHORT_NAME USCC; ERR_*; CSRF_TOKEN. }}
<header class="page-header"><h1>机构与处室</h1></header>
<section class="card" aria-labelledby="agency-list-title">
<h2 class="card-title" id="agency-list-title">机构列表</h2>
{{#NO_AGENCIES}}<p class="empty-state">暂无您可以管理的机构。</p>{{/NO_AGENCIES}}
<div class="table-wrap" tabindex="0" role="region" aria-label="机构列表（表格）">
<table class="table">
<thead><tr><th scope="col">机构名称</th><th scope="col">简称</th><th scope="col">统一社会信用代码</th><th scope="col">上级机构</th><th scope="col" class="num">处室和单位</th><th scope="col"><span class="sr-only">操作</span></th></tr></thead>
<tbody>{{#AGENCIES}}
<tr><td>{{NAME}}</td><td>{{SHORT_NAME}}</td><td class="code">{{USCC}}</td><td>{{PARENT}}</td><td class="num">{{DEPARTMENTS}}</td><td class="actions"><a class="btn btn-secondary btn-small" href="/console/agencies/{{ID}}">管理<span class="sr-only">{{NAME}}</span></a></td></tr>{{/AGENCIES}}
</tbody>
</table>
</div>
</section>
{{#CAN_CREATE}}
<section class="card" aria-labelledby="agency-new-title">
<h2 class="card-title" id="agency-new-title">新增机构</h2>
<form class="form" method="post" action="/console/agencies" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}">
<label for="ag-name">机构名称</label>
{{#ERR_NAME}}<p class="field-error" id="ag-name-err">{{MSG}}</p>{{/ERR_NAME}}
<input id="ag-name" name="name" type="text" value="{{NAME}}" required{{#ERR_NAME}} aria-describedby="ag-name-err" aria-invalid="true"{{/ERR_NAME}}>
</div>
<div class="field{{#ERR_SHORT_NAME}} has-error{{/ERR_SHORT_NAME}}">
<label for="ag-short">简称（可选）</label>
{{#ERR_SHORT_NAME}}<p class="field-error" id="ag-short-err">{{MSG}}</p>{{/ERR_SHORT_NAME}}
<input id="ag-short" name="short_name" type="text" value="{{SHORT_NAME}}"{{#ERR_SHORT_NAME}} aria-describedby="ag-short-err" aria-invalid="true"{{/ERR_SHORT_NAME}}>
</div>
<div class="field{{#ERR_USCC}} has-error{{/ERR_USCC}}">
<label for="ag-uscc">统一社会信用代码</label>
<p class="field-hint" id="ag-uscc-hint">18 位，系统按 GB 32100—2015 校验最后一位校验码。</p>
{{#ERR_USCC}}<p class="field-error" id="ag-uscc-err">{{MSG}}</p>{{/ERR_USCC}}
<input id="ag-uscc" name="uscc" type="text" value="{{USCC}}" maxlength="24" autocapitalize="characters" spellcheck="false" required aria-describedby="ag-uscc-hint{{#ERR_USCC}} ag-uscc-err{{/ERR_USCC}}"{{#ERR_USCC}} aria-invalid="true"{{/ERR_USCC}}>
</div>
<div class="field{{#ERR_PARENT_ID}} has-error{{/ERR_PARENT_ID}}">
<label for="ag-parent">上级机构</label>
{{#ERR_PARENT_ID}}<p class="field-error" id="ag-parent-err">{{MSG}}</p>{{/ERR_PARENT_ID}}
<select id="ag-parent" name="parent_id"{{#ERR_PARENT_ID}} aria-describedby="ag-parent-err" aria-invalid="true"{{/ERR_PARENT_ID}}>
{{#CAN_CREATE_TOP}}<option value="0">无（顶级机构）</option>{{/CAN_CREATE_TOP}}
{{#PARENT_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PARENT_OPTIONS}}
</select>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">新增机构</button></div>
</form>
</section>
{{/CAN_CREATE}}
