{{%AUTOESCAPE context="HTML"}}
{{! A new 监督抽查 batch (NEW: AGENCIES (VALUE LABEL SELECTED), the file) or a draft's notice text (EDIT: ID). ACTION TITLE NOTICE_NO
    INTRO; HAS_ERRORS ERRORS (FIELD MSG) ERR_*; HAS_ROW_ERRORS ROW_ERRORS (MSG); CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/sampling">监督抽查</a> / <span aria-current="page">{{#NEW}}导入抽查结果{{/NEW}}{{#EDIT}}修改通告{{/EDIT}}</span></nav>
<header class="page-header"><h1>{{#NEW}}导入监督抽查结果{{/NEW}}{{#EDIT}}修改抽查通告{{/EDIT}}</h1></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>请改正以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#HAS_ROW_ERRORS}}<div class="alert alert-error" role="alert"><p>结果文件有误，没有导入任何一行。请改正以下问题后重新上传：</p><ul>{{#ROW_ERRORS}}<li>{{MSG}}</li>{{/ROW_ERRORS}}</ul></div>{{/HAS_ROW_ERRORS}}
<form class="form card" method="post" action="{{ACTION}}"{{#NEW}} enctype="multipart/form-data"{{/NEW}} novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#NEW}}<div class="field"><label for="smp-agency">发布机构</label><select id="smp-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}</div>{{/NEW}}
<div class="field"><label for="smp-title">通告标题</label>
<input id="smp-title" name="title" type="text" value="{{TITLE}}" maxlength="200" required aria-describedby="smp-title-hint"{{#ERR_TITLE}} aria-invalid="true"{{/ERR_TITLE}}>
<p class="field-hint" id="smp-title-hint">如：关于2026年第3期食品安全监督抽检信息的通告</p>
{{#ERR_TITLE}}<p class="field-error">{{MSG}}</p>{{/ERR_TITLE}}</div>
<div class="field"><label for="smp-no">文号（可选）</label><input id="smp-no" name="notice_no" type="text" value="{{NOTICE_NO}}" maxlength="100">
{{#ERR_NOTICE_NO}}<p class="field-error">{{MSG}}</p>{{/ERR_NOTICE_NO}}</div>
<div class="field"><label for="smp-intro">通告正文（可选）</label><textarea id="smp-intro" name="intro" rows="6" maxlength="5000">{{INTRO}}</textarea>
{{#ERR_INTRO}}<p class="field-error">{{MSG}}</p>{{/ERR_INTRO}}</div>
{{#NEW}}<div class="field"><label for="smp-file">结果文件</label>
<p class="field-hint" id="smp-file-hint">CSV（UTF-8）、XLSX 或 JSONL，第一行为表头。必需的列：产品名称、检验结果（合格 / 不合格）、标称生产企业名称或被抽样单位名称。可识别的其他列：商标、规格型号、生产日期/批号、标称生产企业地址、被抽样单位所在省份、抽样日期、不合格项目║检验结果║标准值（或分为“不合格项目”“不合格项目检验结果”“标准值”三列，多项以换行或分号分隔）、检验机构、分类、备注。所有行都正确才导入。</p>
<input id="smp-file" name="file" type="file" accept=".csv,.xlsx,.jsonl,.ndjson" aria-describedby="smp-file-hint"></div>{{/NEW}}
<div class="form-actions"><button type="submit" class="btn btn-primary">{{#NEW}}导入（暂不发布）{{/NEW}}{{#EDIT}}保存{{/EDIT}}</button>
<a href="/console/sampling{{#EDIT}}/{{ID}}{{/EDIT}}">取消</a></div>
</form>
